// The handler of the warm, throughput and memory figures: a small result from a small event.
export const TRIVIAL_HANDLER = `export const handler = async (event: { left: number; right: number }) => ({
  sum: event.left + event.right,
});
`;
