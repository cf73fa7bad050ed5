// stub
export const templates = {};
