namespace Intranet.Core.Api;

/// <summary>Marks an endpoint as protected by <see cref="Security.ApiAntiforgeryFilter"/> (set by MapIntranetApi).</summary>
public sealed class ApiAntiforgeryMetadata
{
    public static readonly ApiAntiforgeryMetadata Instance = new();

    private ApiAntiforgeryMetadata() { }
}
