namespace Intranet.Newsletter.Mail;

/// <summary>The message certainly did not reach the server (connection refused, command rejected): retry later.</summary>
public sealed class MailNotDeliveredException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The connection broke while the message was being transferred: it may or may not have arrived.</summary>
public sealed class MailOutcomeUnknownException(string message, Exception? inner = null) : Exception(message, inner);
