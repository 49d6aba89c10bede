/* Minimal HTTP/1.1 keep-alive load generator for bench/http.sh (used when wrk is missing):
 * `http-load PORT CONNECTIONS SECONDS` keeps CONNECTIONS sockets busy with GET / requests
 * for SECONDS and prints the completed requests per second. Responses must carry
 * Content-Length (the benchmark server's do). */
#define _GNU_SOURCE
#include <arpa/inet.h>
#include <errno.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/epoll.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

static const char request[] = "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n";

typedef struct {
  int fd;
  char buf[65536];
  size_t len;
} conn_t;

static double now(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

/* Returns the length of the first complete response in c->buf, or 0 when incomplete. */
static size_t response_len(conn_t *c) {
  char *end = memmem(c->buf, c->len, "\r\n\r\n", 4);
  if (!end) return 0;
  size_t head = (size_t)(end - c->buf) + 4;
  long body = 0;
  for (char *p = c->buf; p < end; p++) {
    if ((p == c->buf || p[-1] == '\n') && strncasecmp(p, "content-length:", 15) == 0) {
      body = strtol(p + 15, NULL, 10);
      break;
    }
  }
  return c->len >= head + (size_t)body ? head + (size_t)body : 0;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: %s PORT CONNECTIONS SECONDS\n", argv[0]);
    return 2;
  }
  int port = atoi(argv[1]), nconn = atoi(argv[2]);
  double seconds = atof(argv[3]);
  int ep = epoll_create1(0);
  conn_t *conns = calloc((size_t)nconn, sizeof *conns);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
  inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
  for (int i = 0; i < nconn; i++) {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (connect(fd, (struct sockaddr *)&addr, sizeof addr) != 0) {
      perror("connect");
      return 1;
    }
    int one = 1;
    setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
    fcntl(fd, F_SETFL, O_NONBLOCK);
    conns[i].fd = fd;
    struct epoll_event ev = {.events = EPOLLIN, .data.ptr = &conns[i]};
    epoll_ctl(ep, EPOLL_CTL_ADD, fd, &ev);
    if (write(fd, request, sizeof request - 1) < 0) return 1;
  }
  long done = 0;
  double start = now(), stop = start + seconds;
  struct epoll_event evs[256];
  while (now() < stop) {
    int n = epoll_wait(ep, evs, 256, 100);
    for (int i = 0; i < n; i++) {
      conn_t *c = evs[i].data.ptr;
      ssize_t r = read(c->fd, c->buf + c->len, sizeof c->buf - c->len);
      if (r <= 0) {
        if (r < 0 && errno == EAGAIN) continue;
        fprintf(stderr, "connection closed by server\n");
        return 1;
      }
      c->len += (size_t)r;
      size_t l;
      while ((l = response_len(c)) > 0) {
        memmove(c->buf, c->buf + l, c->len - l);
        c->len -= l;
        done++;
        if (write(c->fd, request, sizeof request - 1) < 0) return 1;
      }
    }
  }
  printf("%.0f\n", done / (now() - start));
  return 0;
}
