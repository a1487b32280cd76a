using Intranet.Core.Models;

namespace Intranet.Values.Services;

/// <summary>A story or news item on a value's page, with its applause (stories only; news have none).</summary>
public sealed record ValueArticle(Article Article, int Applause);
