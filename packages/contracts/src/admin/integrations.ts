// Filled in by the back-office work for this area.
export {};
