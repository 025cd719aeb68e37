// The simulation speeds the Speed control offers, which a shared scenario may also carry.
export const SPEEDS = [1, 2, 5, 10, 20, 50, 100] as const;
