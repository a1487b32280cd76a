using System.Collections;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;

namespace Intranet.Security.Tests;

/// <summary>A name a request can carry a value under (<c>Input.Title</c>, <c>page</c>, <c>Attachments</c>) and its type.</summary>
public sealed record BoundField(string Name, Type Type)
{
    public bool IsFile => typeof(IFormFile).IsAssignableFrom(Type) || typeof(IEnumerable<IFormFile>).IsAssignableFrom(Type);
}

/// <summary>
/// The names model binding reads, found by reflection: a page's bound properties and its handler's parameters (complex
/// types expanded to <c>Prefix.Property</c>, lists of them to <c>Prefix[0].Property</c>), and an endpoint delegate's
/// simple parameters. Services, route values and cancellation tokens are not request input and are left out.
/// </summary>
public static class BindableNames
{
    private const int MaxDepth = 3;

    public static IReadOnlyList<BoundField> OfPage(CompiledPageActionDescriptor page, HandlerMethodDescriptor handler, bool getOnly)
    {
        var properties = page.BoundProperties.OfType<PageBoundPropertyDescriptor>()
            .Where(p => !getOnly || SupportsGet(p.Property, page.HandlerTypeInfo))
            .SelectMany(p => Expand(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, p.BindingInfo, 0));
        var parameters = handler.Parameters.SelectMany(p => Expand(p.BindingInfo?.BinderModelName ?? p.Name, p.ParameterType, p.BindingInfo, 0));
        return properties.Concat(parameters).DistinctBy(f => f.Name).ToList();
    }

    public static IReadOnlyList<BoundField> OfEndpoint(RouteEndpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<MethodInfo>() is not { } method) return [];
        var routeNames = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return method.GetParameters()
            .Where(p => p.GetCustomAttribute<FromServicesAttribute>() is null && !routeNames.Contains(p.Name!))
            .Where(p => IsSimple(p.ParameterType) || p.ParameterType.IsArray && IsSimple(p.ParameterType.GetElementType()!))
            .Select(p => new BoundField(p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? p.Name!, p.ParameterType)).ToList();
    }

    private static bool SupportsGet(PropertyInfo property, TypeInfo model) =>
        property.GetCustomAttribute<BindPropertyAttribute>()?.SupportsGet
        ?? model.GetCustomAttribute<BindPropertiesAttribute>()?.SupportsGet ?? false;

    private static IEnumerable<BoundField> Expand(string name, Type type, BindingInfo? binding, int depth)
    {
        var source = binding?.BindingSource;
        if (source == BindingSource.Services || source == BindingSource.Special || source == BindingSource.Path
            || type == typeof(CancellationToken) || depth > MaxDepth)
            return [];
        var field = new BoundField(name, type);
        if (IsSimple(type) || field.IsFile) return [field];
        if (type != typeof(string) && typeof(IEnumerable).IsAssignableFrom(type))
        {
            var element = type.IsArray ? type.GetElementType()! : type.GetGenericArguments().LastOrDefault() ?? typeof(string);
            return IsSimple(element) ? [field] : Expand(name + "[0]", element, null, depth + 1);
        }
        return type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod?.IsPublic == true)
            .SelectMany(p => Expand(name + "." + p.Name, p.PropertyType, null, depth + 1));
    }

    private static bool IsSimple(Type type)
    {
        var t = Nullable.GetUnderlyingType(type) ?? type;
        return t.IsPrimitive || t.IsEnum || t == typeof(string) || t == typeof(decimal) || t == typeof(DateTime) || t == typeof(DateTimeOffset)
            || t == typeof(DateOnly) || t == typeof(TimeOnly) || t == typeof(TimeSpan) || t == typeof(Guid);
    }
}
