using Intranet.Welcome.Models;

namespace Intranet.Welcome.Services;

/// <summary>A checklist item for one new hire: when it is due and whether they have ticked it.</summary>
public sealed record ChecklistEntry(ChecklistItem Item, DateOnly? DueDate, bool Done);
