using Microsoft.EntityFrameworkCore;

namespace Intranet.SignIn.Tests;

/// <summary>The test provider's own database: OpenIddict's applications, authorizations and tokens.</summary>
public sealed class ProviderDb(DbContextOptions<ProviderDb> options) : DbContext(options);
