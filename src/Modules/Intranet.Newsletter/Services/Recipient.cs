using Intranet.Core.Content;
using Intranet.Newsletter.Models;

namespace Intranet.Newsletter.Services;

/// <summary>Someone who can get mail: address, language, digest setting and what they may read.</summary>
public sealed record Recipient(string UserId, string Email, string Name, string Culture, DigestPreference Preference, ReaderContext Reader);
