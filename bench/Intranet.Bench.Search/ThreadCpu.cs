using System.Runtime.InteropServices;

namespace Intranet.Bench.Search;

/// <summary>
/// CPU time of the calling thread (Linux clock_gettime(CLOCK_THREAD_CPUTIME_ID), nanosecond accounting): on a shared,
/// overloaded machine it shows what a query costs without the time spent waiting for a core. Only meaningful for
/// engines that run in this thread (ours, SQLite); PostgreSQL works in its server process.
/// </summary>
internal static class ThreadCpu
{
    private const int ClockThreadCpuTime = 3;

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    public static double NowMs() =>
        OperatingSystem.IsLinux() && ClockGetTime(ClockThreadCpuTime, out var t) == 0 ? t.Seconds * 1000.0 + t.Nanoseconds / 1e6 : double.NaN;
}
