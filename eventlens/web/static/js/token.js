// Write token kept in this browser's localStorage (reads need none on loopback).
import { getToken, setToken } from "./api.js";

export function askToken() {
  const token = window.prompt("API token (create one with: eventlens token create NAME)", getToken());
  if (token === null) return false;
  setToken(token.trim());
  return Boolean(token.trim());
}
