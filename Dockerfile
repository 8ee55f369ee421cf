# The app service of docker-compose.yml. It talks to the neo4j service (NEO4J_URI), so it needs no Java.
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
# Dev dependencies included: the app runs TypeScript through tsx and builds the browser app with Vite.
RUN npm ci
COPY . .
EXPOSE 8080
CMD ["npm", "start"]
