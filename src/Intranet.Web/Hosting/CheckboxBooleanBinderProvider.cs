using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Intranet.Web.Hosting;

/// <summary>Puts <see cref="CheckboxBooleanBinder"/> in front of MVC's binders for bool and bool? (pages only; the API binds JSON).</summary>
internal sealed class CheckboxBooleanBinderProvider : IModelBinderProvider
{
    private static readonly BindingSource[] NotFormLike = [BindingSource.Body, BindingSource.Header, BindingSource.Services, BindingSource.Special];

    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        NotFormLike.Contains(context.BindingInfo.BindingSource) ? null
        : context.Metadata.ModelType == typeof(bool) ? new CheckboxBooleanBinder(nullable: false)
        : context.Metadata.ModelType == typeof(bool?) ? new CheckboxBooleanBinder(nullable: true)
        : null;
}
