namespace Intranet.Core.Time;

/// <summary>Injectable time so scheduling can be tested without sleeping.</summary>
public interface IClock
{
    DateTimeOffset UtcNow { get; }
}
