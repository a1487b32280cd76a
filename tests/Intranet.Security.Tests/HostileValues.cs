namespace Intranet.Security.Tests;

/// <summary>
/// The bounded set of hostile inputs the sweep sends: a handful per kind of place (path segment, query value, form field,
/// JSON body), chosen to hit the usual parsers (numbers, dates, Lucene syntax, percent-decoding, lengths) rather than
/// every combination.
/// </summary>
public static class HostileValues
{
    public static readonly string Long = new('a', 5_000);

    /// <summary>Already percent-encoded path segments (the client sends them as written where it allows it).</summary>
    public static readonly string[] RouteSegments =
    [
        "-1", "0", "99999999999999999999", "%00", "..%2F..%2Fetc%2Fpasswd", Long, "%3Cscript%3Ealert(1)%3C%2Fscript%3E",
        "'%3B%20DROP%20TABLE%20Articles%3B--", "%C3%A6%C3%B8%C3%A5%F0%9F%98%80", "%E0%A4%A", "%20", "1.5",
    ];

    /// <summary>Raw query values (encoded by the sweep; 300 characters at most, since every name gets one and Kestrel's
    /// request line stops at 8 KB — <see cref="Long"/> goes to one name at a time), plus <see cref="RawQueryValues"/> sent exactly as written.</summary>
    public static readonly string[] QueryValues =
    [
        "-1", "0", "99999999999999999999", "abc", "2026-13-45", "title:(a OR", "*", "?", "~", "\"", "\\", "", " ",
        "<script>alert(1)</script>", "'; DROP TABLE Articles;--", "æøå😀", new string('a', 300), "\0", "https://evil.example/", "//evil.example",
        "1.5", "NaN", "[]", "a\r\nSet-Cookie: x=1",
    ];

    public static readonly string[] RawQueryValues = ["%E0%A4%A", "%", "%ZZ", "%C0%AF"];

    /// <summary>Query values for names the page binds, each sent alone (so no other parameter answers first).</summary>
    public static readonly string[] PerNameQueryValues = ["-1", "99999999999999999999", "abc", "2026-13-45", "title:(a OR", "", Long];

    /// <summary>Common query names any page might read, added to what reflection finds.</summary>
    public static readonly string[] CommonQueryNames =
    [
        "page", "pageSize", "q", "kind", "unit", "value", "year", "sort", "culture", "returnUrl", "ReturnUrl", "enhet", "slettet",
        "lokal", "handler", "id", "slug", "status", "month", "from", "to", "token",
    ];

    /// <summary>Values for one field of a page's real form at a time.</summary>
    public static readonly string[] RealFormValues = ["", "-1", "abc", new string('x', 100_000)];

    /// <summary>Form values: every bound field gets the same one per post.</summary>
    public static readonly string[] FormValues =
    [
        "", "   ", new string('x', 100_000), "abc", "-1", "99999999999999999999", "2026-13-45", "1.5",
        "<script>alert(1)</script>", "æøå😀\0", "true",
    ];
}
