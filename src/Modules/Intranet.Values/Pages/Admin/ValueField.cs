namespace Intranet.Values.Pages.Admin;

/// <summary>One labelled field of a value's form, with its error if the last save failed.</summary>
public sealed record ValueField(string Slug, string Field, string Label, string? Text, string? Error, bool Multiline = false, string? Lang = null)
{
    public string Id => $"{Slug}-{Field}";
}
