using Microsoft.AspNetCore.Authentication;

namespace Intranet.Core.Security;

/// <summary>
/// A random id given to each cookie sign-in and kept in the ticket's properties, which survive the cookie's
/// renewals (sliding expiration, the security-stamp check). Unlike the ticket's issue time it changes only when
/// the person signs in again, so "once per sign-in" behaviour can key on it.
/// </summary>
public static class SignInSession
{
    private const string ItemKey = "intranett.signin";

    /// <summary>Called as the cookie is written: a new sign-in gets an id, a renewal keeps the one it has.</summary>
    public static void Stamp(AuthenticationProperties properties) =>
        properties.Items.TryAdd(ItemKey, Guid.NewGuid().ToString("N"));

    public static string? IdOf(AuthenticationProperties? properties) =>
        properties?.Items.TryGetValue(ItemKey, out var id) == true ? id : null;
}
