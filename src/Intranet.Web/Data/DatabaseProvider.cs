namespace Intranet.Web.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
