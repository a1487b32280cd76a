namespace Intranet.Core.Models;

public enum ChangeType
{
    Upsert,
    Delete,
}
