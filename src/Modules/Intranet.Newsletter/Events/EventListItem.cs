using Intranet.Core.Models;
using Intranet.Newsletter.Models;

namespace Intranet.Newsletter.Events;

/// <summary>An event article with its time, place and seats (details may be missing for an imported article).</summary>
public sealed record EventListItem(Article Article, EventDetails? Details)
{
    public int? SeatsLeft => Details?.Capacity is int c ? Math.Max(0, c - Details.Taken) : null;
}
