import Foundation

/// Gives the allocator's free pages back to the system. After a large load that built its
/// result while letting most of what it read go (a dashboard's history: a million full mentions
/// read in slices, a compact row kept of each), glibc keeps the freed pages between live
/// allocations: about 90 MB at a million. `malloc_trim` is looked up at run time (glibc only;
/// elsewhere this does nothing).
public enum FreePages {
    public static func giveBack() {
        guard let trim = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(trim, to: (@convention(c) (Int) -> Int32).self)(0)
    }
}
