namespace Intranet.Content.Services;

/// <summary>Audit action codes in bokmål for the log pages (nynorsk via the localizer).</summary>
public static class AuditActions
{
    public static string Display(string action) => action switch
    {
        "create" => "Opprettet",
        "edit" => "Endret",
        "status" => "Endret status",
        "restore" => "Gjenopprettet",
        "delete" => "Slettet",
        _ => action,
    };
}
