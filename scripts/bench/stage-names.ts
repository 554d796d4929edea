/** The names of gramota's stages, in pipeline order (measure-gramota.ts times each). */
export const stageNames = [
  'load',
  'validate',
  'resolve',
  'template',
  'parse',
  'package',
  'docx',
  'pdf',
  'write',
] as const;
