// Runs SELECT (GET and POST), ASK and CONSTRUCT through sparql-http-client against the endpoint
// given as the first argument and prints what came back as one JSON line.
import { ParsingClient } from 'sparql-http-client'

const endpointUrl = process.argv[2]
const client = new ParsingClient({ endpointUrl })

const select = 'SELECT ?paper ?title WHERE { ?paper a <http://purl.org/spar/fabio/ResearchPaper> ; <http://purl.org/dc/terms/title> ?title }'
const rowsGet = await client.query.select(select)
const rowsPost = await client.query.select(select, { operation: 'postUrlencoded' })
const ask = await client.query.ask('ASK { ?t a <http://www.w3.org/ns/mls#Task> }')
const graph = await client.query.construct('CONSTRUCT WHERE { ?t a <http://www.w3.org/ns/mls#Task> }', { operation: 'postDirect' })

console.log(JSON.stringify({
  selectGet: rowsGet.length,
  selectPost: rowsPost.length,
  firstTitle: rowsGet.length ? rowsGet[0].title.value : null,
  ask,
  constructed: graph.size
}))
