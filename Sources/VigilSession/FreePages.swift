import Foundation

/// How a long-running dashboard keeps its resident memory near what it uses (glibc only;
/// elsewhere these do nothing).
///
/// `giveBack` gives the allocator's free pages back to the system: after a large load that built
/// its result while letting most of what it read go (a dashboard's history: a million full
/// mentions read in slices, a compact row kept of each), glibc keeps the freed pages between
/// live allocations (30–100 MB at a million).
public enum FreePages {
    public static func giveBack() {
        guard let trim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
    }

    /// Blocks of 256 KB and more (the tables of a large feed) get pages of their own, returned
    /// when freed. glibc otherwise raises that threshold each time such a block is freed, so a
    /// table that grows by copying leaves its old copies as holes in the heap (at a million
    /// mentions, 14 MB of the dashboard's memory and 40 MB of its peak while loading; the load
    /// takes about 7% longer).
    public static func keepLargeBlocksApart() {
        guard let mallopt = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        let mmapThreshold: Int32 = -3  // M_MMAP_THRESHOLD
        _ = unsafeBitCast(mallopt, to: (@convention(c) (Int32, Int32) -> Int32).self)(mmapThreshold, 256 * 1024)
    }
}
