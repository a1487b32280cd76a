namespace Intranet.SignIn.Tests;

/// <summary>A person at the test provider. The test changes Groups and Department between sign-ins.</summary>
public sealed class ProviderUser
{
    public required string UserName { get; init; }
    public required string Password { get; init; }
    public required string ObjectId { get; init; }
    public string Name { get; set; } = "";
    public string? Email { get; set; }
    public List<string> Groups { get; set; } = [];
    public string? Department { get; set; }
}
