// YAML for course files (front matter, glossary, quiz sets). js-yaml: several times faster than
// the alternatives on the glossary's long lists, which is most of start-up.
import yaml from 'js-yaml';

/** Parses YAML 1.2 (core schema: "yes" stays a string); throws with line and column on bad input. */
export function parseYaml(text: string): unknown {
  return yaml.load(text);
}
