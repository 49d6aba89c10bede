'use strict';
// node:inspector/promises — node:inspector with a promise-returning Session.post.

const inspector = require('inspector');

class Session extends inspector.Session {
  async post(method, params) {
    return super.post(method, params);
  }
}

module.exports = { ...inspector, Session };
