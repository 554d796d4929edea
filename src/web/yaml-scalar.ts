/** A text as a YAML scalar: plain when YAML reads it back as the same text, double-quoted otherwise. */
export function toYamlScalar(value: string): string {
  const plain =
    value !== '' &&
    value.trim() === value &&
    !/^[-?:,[\]{}#&*!|>'"%@`]/.test(value) &&
    !/: |\s#|\n/.test(value) &&
    !/:$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|\d{4}-\d\d(-\d\d)?.*)$/i.test(
      value,
    );
  return plain ? value : JSON.stringify(value);
}

/** A text as an item of a flow list (`[a, b]`): quoted also when it holds a comma or a bracket, which end it there. */
export function toFlowScalar(value: string): string {
  return /[,[\]{}]/.test(value) ? JSON.stringify(value) : toYamlScalar(value);
}
