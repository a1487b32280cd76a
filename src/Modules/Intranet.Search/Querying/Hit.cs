using Lucene.Net.Documents;

namespace Intranet.Search.Querying;

/// <summary>One hit: its document number (for the highlighter) and the stored fields shown.</summary>
public sealed record Hit(int DocId, Document Stored);
