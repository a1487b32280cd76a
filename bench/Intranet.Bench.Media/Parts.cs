using System.Diagnostics;
using SixLabors.ImageSharp;
using SixLabors.ImageSharp.Formats.Jpeg;
using SixLabors.ImageSharp.PixelFormats;
using SixLabors.ImageSharp.Processing;

namespace Intranet.Bench.Media;

/// <summary>`parts` mode: what each step of the 12 MP work costs alone (interleaved medians), to see where time goes.</summary>
internal static class Parts
{
    public static void Run(byte[] photo, int rounds)
    {
        using var decoded = Image.Load<Rgb24>(photo);
        using var large = decoded.Clone(x => x.Resize(new ResizeOptions { Size = new Size(1920, 1920), Mode = ResizeMode.Max }));
        var options = Microsoft.Extensions.Options.Options.Create(new Intranet.Media.Services.MediaOptions());
        var processor = new Intranet.Media.Services.ImageSharp.ImageSharpProcessor(options);
        var admission = new Intranet.Media.Services.ImageAdmission(processor, options);
        var steps = new (string Name, Action Run)[]
        {
            ("ours: admit (inspect+identify)", () => admission.Admit(photo)),
            ("ours: process", () => processor.Process(photo, Intranet.Media.Models.ImageFormatKind.Jpeg, 1)),
            ("ours: process, orientation 6", () => processor.Process(photo, Intranet.Media.Models.ImageFormatKind.Jpeg, 6)),
            ("decode Rgb24", () => { using var i = Image.Load<Rgb24>(photo); }),
            ("decode default (Rgba32)", () => { using var i = Image.Load(photo); }),
            ("encode 12 MP q85 4:2:0", () => Encode(decoded, 85, JpegColorType.YCbCrRatio420)),
            ("encode 12 MP q75 4:2:0", () => Encode(decoded, 75, JpegColorType.YCbCrRatio420)),
            ("encode 12 MP q85 4:4:4", () => Encode(decoded, 85, JpegColorType.YCbCrRatio444)),
            ("resize 12 MP → 1920", () => { using var i = decoded.Clone(x => x.Resize(new ResizeOptions { Size = new Size(1920, 1920), Mode = ResizeMode.Max })); }),
            ("resize 1920 → 960 → 320", () => { using var m = large.Clone(x => x.Resize(960, 0)); using var t = m.Clone(x => x.Resize(320, 0)); }),
            ("encode 1920 q85", () => Encode(large, 85, JpegColorType.YCbCrRatio420)),
            ("rotate 12 MP 90° (ImageSharp)", () => { using var i = decoded.Clone(x => x.Rotate(RotateMode.Rotate90)); }),
            ("turn 12 MP, orientation 6 (ours)", () => { using var i = Intranet.Media.Services.ImageSharp.UprightTurn.Turned(decoded, 6); }),
        };
        var times = steps.Select(_ => new List<double>()).ToArray();
        foreach (var s in steps) s.Run();
        for (var r = 0; r < rounds; r++)
            for (var k = 0; k < steps.Length; k++)
            {
                var watch = Stopwatch.StartNew();
                steps[k].Run();
                times[k].Add(watch.Elapsed.TotalMilliseconds);
            }
        foreach (var (step, k) in steps.Select((s, k) => (s, k)))
            Console.WriteLine($"  {step.Name,-28} median {times[k].Order().ElementAt(times[k].Count / 2),5:F0} / min {times[k].Min(),4:F0} ms");
    }

    private static void Encode(Image image, int quality, JpegColorType colorType)
    {
        using var output = new MemoryStream();
        image.SaveAsJpeg(output, new JpegEncoder { Quality = quality, ColorType = colorType });
    }
}
