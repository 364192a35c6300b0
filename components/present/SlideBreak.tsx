/** Where an author wants a new slide; the compiler cuts there, so nothing is drawn. */
export function SlideBreak() {
  return null;
}
