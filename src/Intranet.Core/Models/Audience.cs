namespace Intranet.Core.Models;

public enum Audience
{
    Internal,
    Public,
}
