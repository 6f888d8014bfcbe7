// SPDX-License-Identifier: GPL-2.0-only
/**
 * A stand-in for the GitHub REST API on 127.0.0.1 (an ephemeral port): the few endpoints the
 * action calls, an in-memory comment store, a log of every request, and a hook to make any
 * request fail (403 on a fork, 5xx, rate limits). Loopback only; it stops with the test.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach } from 'vitest'

export interface RecordedRequest {
  method: string
  path: string
  authorization?: string
  body?: unknown
}

export interface StoredComment {
  id: number
  body: string
  user: { login: string; type: string }
  html_url: string
}

export interface FakeResponse {
  status: number
  headers?: Record<string, string>
  body?: unknown
}

export interface FakeGitHubOptions {
  /** The pull request's files (GET …/pulls/{n}/files). */
  files?: Array<{ filename: string; status?: string; patch?: string }>
  /** Comments already on the pull request. */
  comments?: StoredComment[]
  /**
   * The token's login (default github-actions[bot]): GraphQL `viewer` answers it, new
   * comments are written by it, and PATCH or DELETE of anyone else's comment is refused with
   * 403 as a GITHUB_TOKEN's is. null: GraphQL answers 403 (a server that will not say).
   */
  viewer?: string | null
  /** Return a response to fail this request; undefined lets it through. */
  fail?: (req: RecordedRequest, nth: number) => FakeResponse | undefined
  /**
   * The request is carried out, but its answer is lost: return a response to send instead
   * (a 502 from a proxy) or 'drop' to cut the connection; undefined sends the real answer.
   */
  lose?: (req: RecordedRequest, nth: number) => FakeResponse | 'drop' | undefined
}

export class FakeGitHub {
  readonly requests: RecordedRequest[] = []
  readonly comments: StoredComment[]
  private server: Server | undefined
  private nextId = 1000
  url = ''

  constructor(private readonly options: FakeGitHubOptions = {}) {
    this.comments = [...(options.comments ?? [])]
  }

  /** Starts listening on 127.0.0.1:0. */
  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res))
    await new Promise<void>((done) => this.server!.listen(0, '127.0.0.1', done))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  async stop(): Promise<void> {
    const server = this.server
    if (!server) return
    server.closeAllConnections()
    await new Promise<void>((done) => server.close(() => done()))
  }

  /** Requests whose `METHOD path` matches. */
  seen(pattern: RegExp): RecordedRequest[] {
    return this.requests.filter((r) => pattern.test(`${r.method} ${r.path}`))
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let raw = ''
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      ...(req.headers.authorization !== undefined && { authorization: req.headers.authorization }),
      ...(raw && { body: JSON.parse(raw) }),
    }
    this.requests.push(record)
    const nth = this.requests.filter((r) => r.method === record.method && r.path === record.path).length
    const failure = this.options.fail?.(record, nth)
    let reply = failure ?? this.route(record)
    const lost = failure ? undefined : this.options.lose?.(record, nth)
    if (lost === 'drop') {
      req.socket.destroy()
      return
    }
    if (lost) reply = lost
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers })
    res.end(reply.body === undefined ? '' : JSON.stringify(reply.body))
  }

  private route(r: RecordedRequest): FakeResponse {
    let m: RegExpExecArray | null
    const viewer = this.options.viewer === undefined ? 'github-actions[bot]' : this.options.viewer
    if (r.method === 'POST' && r.path === '/graphql') {
      if (viewer === null) return { status: 403, body: { message: 'Resource not accessible by integration' } }
      return { status: 200, body: { data: { viewer: { login: viewer } } } }
    }
    if (r.method === 'GET' && /^\/repos\/[^/]+\/[^/]+\/pulls\/\d+\/files$/.test(r.path)) return { status: 200, body: this.options.files ?? [] }
    if ((m = /^\/repos\/([^/]+)\/([^/]+)\/issues\/(\d+)\/comments$/.exec(r.path))) {
      if (r.method === 'GET') return { status: 200, body: this.comments }
      if (r.method === 'POST') {
        const id = this.nextId++
        const login = viewer ?? 'github-actions[bot]'
        const comment = { id, body: String((r.body as { body?: unknown }).body), user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' }, html_url: `https://github.test/${m[1]}/${m[2]}/pull/${m[3]}#issuecomment-${id}` }
        this.comments.push(comment)
        return { status: 201, body: comment }
      }
    }
    if ((m = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(r.path))) {
      const i = this.comments.findIndex((c) => c.id === Number(m![1]))
      if (i < 0) return { status: 404, body: { message: 'Not Found' } }
      if ((r.method === 'PATCH' || r.method === 'DELETE') && this.comments[i]!.user.login !== (viewer ?? 'github-actions[bot]')) {
        return { status: 403, body: { message: 'Resource not accessible by integration' } }
      }
      if (r.method === 'PATCH') {
        this.comments[i] = { ...this.comments[i]!, body: String((r.body as { body?: unknown }).body) }
        return { status: 200, body: this.comments[i] }
      }
      if (r.method === 'DELETE') {
        this.comments.splice(i, 1)
        return { status: 204 }
      }
    }
    return { status: 404, body: { message: 'Not Found' } }
  }
}

/**
 * For a test file whose tests each start their own fake: returns the starter, and registers an
 * afterEach that stops every fake it started.
 */
export function fakeGitHubs(): (options?: FakeGitHubOptions) => Promise<FakeGitHub> {
  let servers: FakeGitHub[] = []
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.stop()))
    servers = []
  })
  return async (options = {}) => {
    const s = await new FakeGitHub(options).start()
    servers.push(s)
    return s
  }
}
