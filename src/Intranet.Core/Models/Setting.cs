namespace Intranet.Core.Models;

/// <summary>A site setting (municipality name, flags) as a key/value pair.</summary>
public class Setting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}
