namespace Intranet.Newsletter.Models;

/// <summary>How often a user wants the digest. Weekly is the default for everyone who never chose.</summary>
public enum DigestFrequency
{
    Weekly = 0,
    Daily = 1,
    Off = 2,
}
