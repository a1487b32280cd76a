using Intranet.Values.Services;

namespace Intranet.Values.Pages.Values;

/// <summary>How _PraiseCard shows a verdirose: on a public page (with "Skjul" for moderators), or on
/// "Mine verdiroser" as received (accept/decline) or sent (withdraw).</summary>
public sealed record PraiseCardView(PraiseCard Card, bool CanModerate, string ReturnUrl, PraiseCardMode Mode = PraiseCardMode.Public);

public enum PraiseCardMode
{
    Public,
    Received,
    Sent,
}
