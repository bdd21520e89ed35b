/** The model version this package writes. Readers refuse documents of another major version. */
export const MODEL_VERSION = '1.0.0';
export const MODEL_MAJOR = 1;
