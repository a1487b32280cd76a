using Intranet.Core.Models;

namespace Intranet.Welcome.Services;

/// <summary>One new hire on the leader's page: their checklist with ticks and who their buddy is.</summary>
public sealed record NewHireOverview(IntranetUser User, IReadOnlyList<ChecklistEntry> Checklist, string? BuddyId)
{
    public ChecklistProgress Progress => new(Checklist.Count(c => c.Done), Checklist.Count);
}
