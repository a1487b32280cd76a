using Microsoft.AspNetCore.Identity;

namespace Intranet.Accounts.Services;

/// <summary>Identity's messages in Norwegian.</summary>
public sealed class NorwegianIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Passordet må ha minst {length} tegn." };
    public override IdentityError PasswordRequiresDigit() => new() { Code = nameof(PasswordRequiresDigit), Description = "Passordet må ha minst ett siffer." };
    public override IdentityError PasswordRequiresLower() => new() { Code = nameof(PasswordRequiresLower), Description = "Passordet må ha minst én liten bokstav." };
    public override IdentityError PasswordRequiresUpper() => new() { Code = nameof(PasswordRequiresUpper), Description = "Passordet må ha minst én stor bokstav." };
    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Feil passord." };
    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Brukernavnet «{userName}» er allerede i bruk." };
    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Brukernavnet «{userName}» kan bare inneholde bokstaver, sifre og - . _ @" };
    public override IdentityError DuplicateRoleName(string role) => new() { Code = nameof(DuplicateRoleName), Description = $"Rollen «{role}» finnes allerede." };
    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = $"Brukeren har allerede rollen «{role}»." };
    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = $"Brukeren har ikke rollen «{role}»." };
    public override IdentityError UserLockoutNotEnabled() => new() { Code = nameof(UserLockoutNotEnabled), Description = "Utestenging er ikke slått på for denne brukeren." };
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Noe gikk galt." };
    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Noen andre endret dette samtidig. Prøv igjen." };
}
