// Placeholder so the target builds; real content follows.
