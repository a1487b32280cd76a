namespace Intranet.Newsletter.Services;

/// <summary>What one outbox run did (for the CLI, logs and tests).</summary>
public sealed class DeliveryReport
{
    public int Composed { get; set; }
    public int Empty { get; set; }
    public int Sent { get; set; }
    public int Deferred { get; set; }
    public int Unknown { get; set; }
    public int Abandoned { get; set; }

    public override string ToString() =>
        $"laget {Composed}, tomme {Empty}, sendt {Sent}, utsatt {Deferred}, ukjent {Unknown}, forlatt {Abandoned}";
}
