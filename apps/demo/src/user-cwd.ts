/**
 * The directory the user ran the command in. Package managers run scripts inside the package
 * (`pnpm --filter copydesk run cli` starts in apps/demo) and record the user's directory in
 * INIT_CWD; relative paths and `./out` must mean what the user typed, so they resolve there.
 */
export function userCwd(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  return env.npm_lifecycle_event && env.INIT_CWD ? env.INIT_CWD : cwd;
}
