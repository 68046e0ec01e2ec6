/** Bump whenever the model's arithmetic changes: stored scores and baselines carry it. */
export const MODEL_VERSION = 5;
