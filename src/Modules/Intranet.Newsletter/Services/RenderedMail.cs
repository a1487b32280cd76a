namespace Intranet.Newsletter.Services;

public sealed record RenderedMail(string Subject, string Html, string Text);
