using System.Text.Encodings.Web;
using System.Text.Unicode;
using Lucene.Net.Search.Highlight;

namespace Intranet.Search.Querying;

/// <summary>HTML encoding that leaves æ ø å and other letters readable (the default encoders turn them into entities).</summary>
public sealed class HtmlText : IEncoder
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static string Encode(string text) => Encoder.Encode(text);

    public string EncodeText(string originalText) => Encode(originalText);
}
