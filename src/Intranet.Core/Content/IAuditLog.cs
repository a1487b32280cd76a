namespace Intranet.Core.Content;

/// <summary>Adds an audit entry to the current unit of work (saved with the change it describes).</summary>
public interface IAuditLog
{
    void Record(Actor actor, string action, string entityType, string entityId, string details = "");
}
