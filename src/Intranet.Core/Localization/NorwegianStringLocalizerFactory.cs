using Microsoft.Extensions.Localization;

namespace Intranet.Core.Localization;

/// <summary>One catalog for every page and module: the base name is not needed because keys are the text.</summary>
public sealed class NorwegianStringLocalizerFactory(NynorskCatalog catalog) : IStringLocalizerFactory
{
    private readonly NorwegianStringLocalizer _localizer = new(catalog);

    public IStringLocalizer Create(Type resourceSource) => _localizer;

    public IStringLocalizer Create(string baseName, string location) => _localizer;
}
