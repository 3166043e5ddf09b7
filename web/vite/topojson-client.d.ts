// topojson-client ships no types and @types/topojson-client is not installed: the one function the build uses.
declare module "topojson-client" {
  export function feature(topology: unknown, object: unknown): unknown;
}
