namespace Intranet.Accounts.AccessCodes;

/// <summary>The person cannot get or use an access code; <see cref="Exception.Message"/> is the Norwegian reason.</summary>
public sealed class AccessCodeRefusedException(string message) : Exception(message);
